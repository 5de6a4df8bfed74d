// Pre-fetch the autoloaded packs at install time so the first lint run is fast.
import { loadPacks } from "./packs.mjs";

loadPacks().then((r) => console.log(`md-lint: ${r.length} pack rules cached`)).catch(() => {});
