using Authing.AspNetCore.Authentication;
using Authing.Emulator.Hosting;
using Authing.Samples.WebApi.Demo;
using Authing.Samples.WebApi.Me;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// No "Authing:UserPoolId" configured: run against an emulator inside this process, with a demo user.
if (await builder.AddAuthingEmulatorWhenUnconfiguredAsync() is not null)
{
    builder.Services.AddDemoAccount();
}

builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme).AddAuthing();
builder.Services.AddAuthorization();
builder.Services.AddHealthChecks().AddAuthing();

WebApplication app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapMe();
app.MapHealthChecks("/health").AllowAnonymous();
await app.RunAsync();
