export default defineBackground(() => {
  // Storage and messaging are wired in later; the background exists so the extension origin has a home.
});
