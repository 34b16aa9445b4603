using Authing.AspNetCore.Authentication;
using Authing.Benchmarking;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.Benchmarks;

/// <summary>
/// One request's authentication, as the authentication middleware runs it (a new request scope, the scheme's handler,
/// <c>AuthenticateAsync</c>), each request an HTTP/1.1 request on one kept-alive connection, as Kestrel serves them: the
/// Authing scheme with a UserToken and with an OIDC access token it has validated before
/// (memory cache hits), against a scheme that does nothing and Microsoft's JwtBearer validating an HS256 JWT.
/// </summary>
[MemoryDiagnoser]
public class WarmPathBenchmarks
{
    private const string OidcScheme = "AuthingOidcAccessToken";

    private readonly KeptAliveConnection connection = new();
    private AuthingPeer? peer;
    private ServiceProvider? services;
    private string authingAuthorization = "";
    private string oidcAuthorization = "";
    private string jwtAuthorization = "";

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        services?.Dispose();
        peer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>The do-nothing scheme: the cost of the authentication plumbing itself.</summary>
    [Benchmark(Baseline = true)]
    public Task<AuthenticateResult> NoOp() => AuthenticateAsync(NoOpHandler.SchemeName, authingAuthorization);

    /// <summary>A bearer scheme that reads the header and builds a new principal, validating nothing.</summary>
    [Benchmark]
    public Task<AuthenticateResult> MinimalBearer() => AuthenticateAsync(MinimalBearerHandler.SchemeName, authingAuthorization);

    /// <summary>The Authing scheme, memory cache hit.</summary>
    [Benchmark]
    public Task<AuthenticateResult> Authing() => AuthenticateAsync(AuthingDefaults.AuthenticationScheme, authingAuthorization);

    /// <summary>The Authing scheme in <c>OidcAccessToken</c> mode (RS256 access token, JWKS known), memory cache hit.</summary>
    [Benchmark]
    public Task<AuthenticateResult> AuthingOidcAccessToken() => AuthenticateAsync(OidcScheme, oidcAuthorization);

    /// <summary>JwtBearer 8.0.34 validating an HS256 JWT locally.</summary>
    [Benchmark]
    public Task<AuthenticateResult> JwtBearer() => AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme, jwtAuthorization);

    private async Task SetupAsync()
    {
        peer = await AuthingPeer.StartAsync(CancellationToken.None);
        var jwt = new LocalJwt();
        authingAuthorization = "Bearer " + peer.UserToken;
        oidcAuthorization = "Bearer " + peer.OidcAccessToken;
        jwtAuthorization = "Bearer " + jwt.CreateToken(peer.UserId);

        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        collection.AddAuthingClient(AuthingDefaults.AuthenticationScheme, peer.Configure);
        collection.AddAuthingClient(OidcScheme, peer.Configure);
        collection.AddAuthentication()
            .AddAuthing(options => options.CacheDuration = TimeSpan.FromDays(1))
            .AddAuthing(OidcScheme, options =>
            {
                AuthingPeer.ConfigureOidcAccessTokens(options);
                options.CacheDuration = TimeSpan.FromDays(1);
            })
            .AddJwtBearer(options => options.TokenValidationParameters = jwt.ValidationParameters)
            .AddScheme<AuthenticationSchemeOptions, NoOpHandler>(NoOpHandler.SchemeName, configureOptions: null)
            .AddScheme<AuthenticationSchemeOptions, MinimalBearerHandler>(MinimalBearerHandler.SchemeName, configureOptions: null);
        services = collection.BuildServiceProvider();

        // The first Authing request validates the token upstream and fills the cache; every later one is a hit.
        foreach (Func<Task<AuthenticateResult>> benchmark in new[] { NoOp, MinimalBearer, Authing, AuthingOidcAccessToken, JwtBearer })
        {
            AuthenticateResult result = await benchmark();
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The benchmark {benchmark.Method.Name} does not authenticate: {result.Failure?.Message}");
            }
        }
    }

    private async Task<AuthenticateResult> AuthenticateAsync(string scheme, string authorization)
    {
        var context = new DefaultHttpContext();
        context.Features.Set<IConnectionItemsFeature>(connection);
        context.Request.Protocol = HttpProtocol.Http11;
        context.Request.Headers.Authorization = authorization;
        await using AsyncServiceScope scope = services!.CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await context.AuthenticateAsync(scheme);
    }
}
