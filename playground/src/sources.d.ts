// The source modules playground/build.ts generates (its sourceModules plugin).
declare module "tskc:runtime" {
  const sources: { runtime: Record<string, string>; typescriptLibs: Record<string, string> };
  export default sources;
}
declare module "tskc:projects" {
  const sources: Record<string, string>;
  export default sources;
}
// Stylesheets: esbuild gathers them into main.css.
declare module "*.css";
