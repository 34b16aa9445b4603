var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/system/status", () => Results.Json(new { code = 200, message = "ok" }));
await app.RunAsync();
