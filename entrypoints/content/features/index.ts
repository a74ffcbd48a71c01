// Every in-page feature, in the order they start. One file per feature, named for what the user sees.
import type { Feature } from '../ideas-page';

export const FEATURES: Feature[] = [];
