var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAuthingEmulator(builder.Configuration);
var app = builder.Build();
app.MapAuthingEmulator();
await app.RunAsync();
