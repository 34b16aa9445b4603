using Authing.Emulator.Hosting;
using Authing.Samples.Mvc.Demo;
using Authing.Samples.Mvc.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

// No "Authing:UserPoolId" configured: run against an emulator inside this process, with a demo user and a demo admin.
if (await builder.AddAuthingEmulatorWhenUnconfiguredAsync() is { } emulator)
{
    builder.Services.AddDemoEmulator(emulator);
}

builder.Services.AddSampleSite(builder.Configuration);

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePages();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();

await app.RunAsync();
