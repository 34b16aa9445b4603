using System.Net.Http.Headers;
using System.Net.Http.Json;
using Authing.AspNetCore.Admin;
using Authing.AspNetCore.Authentication;
using Authing.AspNetCore.Client;
using Authing.AspNetCore.Tests.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Admin;

/// <summary>
/// An app serving the admin API (policy <see cref="Policy"/>: signed-in users whose e-mail starts with <c>admin-</c>)
/// against an in-process emulator, with its logs captured at Trace and the bearer tokens its Authing client sends recorded.
/// </summary>
internal sealed class AdminApi : IAsyncDisposable
{
    public const string Policy = "AuthingAdmins";
    public const string Prefix = "/api/authing/users";

    private AdminApi(AuthingEnvironment environment, CapturingLoggerProvider logs, BearerRecorder bearers)
    {
        Environment = environment;
        Logs = logs;
        Bearers = bearers;
    }

    public AuthingEnvironment Environment { get; }

    public CapturingLoggerProvider Logs { get; }

    public BearerRecorder Bearers { get; }

    public AuthingClient Authing => Environment.Users.Client;

    /// <summary>Starts the app; <paramref name="configure"/> sets the admin options (by default, the policy <see cref="Policy"/>); <paramref name="settings"/> adds configuration keys.</summary>
    public static async Task<AdminApi> StartAsync(
        Action<AuthingAdminApiOptions>? configure = null,
        bool registerPolicy = true,
        IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var logs = new CapturingLoggerProvider();
        var bearers = new BearerRecorder();
        AuthingEnvironment environment = await AuthingEnvironment.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings ?? []);
                builder.Services.AddHttpClient(AuthingClientDefaults.HttpClientName(AuthingDefaults.AuthenticationScheme)).AddHttpMessageHandler(() => bearers);
                Arrange(builder, configure, registerPolicy);
            },
            map: app => app.MapControllers(),
            logs: logs);
        return new AdminApi(environment, logs, bearers);
    }

    /// <summary>Adds the Authing scheme, the admin API and (unless told otherwise) the policy <see cref="Policy"/>.</summary>
    public static void Arrange(WebApplicationBuilder builder, Action<AuthingAdminApiOptions>? configure = null, bool registerPolicy = true)
    {
        builder.Services.AddAuthentication(AuthingDefaults.AuthenticationScheme)
            .AddAuthing()
            .AddAuthingAdminApi(configure ?? (options => options.PolicyName = Policy));
        if (registerPolicy)
        {
            builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.FindFirst(AuthingClaimTypes.Email)?.Value.StartsWith("admin-", StringComparison.Ordinal) == true));
        }
    }

    /// <summary>The UserToken of a new administrator.</summary>
    public async Task<string> AdminTokenAsync() => (await Environment.Users.RegisterAndLoginAsync($"admin-{Guid.NewGuid():N}@example.com")).Token!;

    /// <summary>The UserToken of a new signed-in user who is not an administrator.</summary>
    public async Task<string> UserTokenAsync() => (await Environment.Users.RegisterAndLoginAsync()).Token!;

    /// <summary>A new user of the pool (registered, not logged in).</summary>
    public Task<AuthingUser> NewUserAsync() =>
        Authing.RegisterAsync(new RegisterRequest { Email = $"member-{Guid.NewGuid():N}@example.com", Password = EmulatorUsers.Password });

    public async Task<AdminResponse> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        request.Content = body is null ? null : JsonContent.Create(body);
        using HttpResponseMessage response = await Environment.App.Client.SendAsync(request);
        return await AdminResponse.ReadAsync(response);
    }

    public ValueTask DisposeAsync() => Environment.DisposeAsync();
}
