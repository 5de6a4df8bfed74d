// Example plugin. Unsigned as shipped: sign it with your own key to try the loader.
export const name = "hello";
export function register(app) {
  app.command?.("hello", () => console.log("Hello from a verified plugin"));
}
