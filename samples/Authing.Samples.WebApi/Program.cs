using Authing.AspNetCore.Authentication;
using Authing.Emulator.Hosting;
using Authing.Samples.WebApi.Admin;
using Authing.Samples.WebApi.Demo;
using Authing.Samples.WebApi.Me;

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// No "Authing:UserPoolId" configured: run against an emulator inside this process, with a demo user and a demo administrator.
if (await builder.AddAuthingEmulatorWhenUnconfiguredAsync() is not null)
{
    builder.Services.AddDemoAccount();
}

builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme)
    .AddAuthing()
    .AddAuthingAdminApi(options => options.PolicyName = AdminOptions.PolicyName);
builder.Services.AddAuthorization();
builder.Services.AddAdminPolicy(builder.Configuration);
builder.Services.AddHealthChecks().AddAuthing();
builder.Services.AddOpenApi();

WebApplication app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapMe();
app.MapControllers();
app.MapOpenApi().AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
await app.RunAsync();
