/**
 * A path being declared as a route of the program's own server
 * (`app.get('/info', …)`, `@app.route("/version")`, `r.GET("/containers/:id", …)`,
 * `@GetMapping("/containers/{id}")`, `#[get("/info")]`, `http.HandleFunc("/info", …)`)
 * is not a request to the Engine, even in a file that also talks to Docker.
 */
const ROUTE =
  /(?:\b(?:app|router|server|api|fastify|mux|r|e|g|routes?|bp|blueprint)\s{0,2}\.\s{0,2}(?:get|post|put|delete|patch|head|all|use|route|GET|POST|PUT|DELETE|PATCH|HEAD|Get|Post|Put|Delete|HandleFunc|Handle|Path)|@(?:[A-Za-z_]{1,20}\.)?(?:route|get|post|put|delete|patch|Get|Post|Put|Delete|Patch|Request)(?:Mapping)?|#\[(?:get|post|put|delete|patch|route)|\bhttp\.Handle(?:Func)?|\bre_path|\bpath)\s{0,2}\(\s{0,2}(?:value\s{0,2}=\s{0,2})?["'`]$/;

/** Text on the path's line before it, capped. */
const WINDOW = 80;

export function isRouteDeclaration(text: string, pathStart: number, lineStart: number): boolean {
  return ROUTE.test(text.slice(Math.max(lineStart, pathStart - WINDOW), pathStart));
}
