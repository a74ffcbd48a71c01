// Runs before every unit test file: an in-memory IndexedDB, so Dexie works under Node.
import 'fake-indexeddb/auto';
