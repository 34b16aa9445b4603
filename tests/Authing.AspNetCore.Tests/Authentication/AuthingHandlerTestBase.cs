using Authing.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;

namespace Authing.AspNetCore.Tests.Authentication;

/// <summary>A fake Authing, a fake clock and one user, shared by the handler's test classes.</summary>
public abstract class AuthingHandlerTestBase
{
    internal const string AliceToken = "eyJhbGciOiJIUzI1NiJ9.alice-user-token.c2lnbmF0dXJl";
    internal const string AliceId = "5f1e2d3c4b5a697887766554";

    internal static readonly TimeSpan FifteenDays = TimeSpan.FromDays(15);

    internal FakeAuthingIntrospector Authing { get; } = new();

    internal FakeTimeProvider Clock { get; } = new();

    internal AuthingTokenClaims AcceptAlice(TimeSpan? lifetime = null)
    {
        AuthingTokenClaims claims = FakeAuthingIntrospector.ClaimsFor(AliceId, Clock.GetUtcNow(), lifetime ?? FifteenDays);
        Authing.Accept(AliceToken, claims);
        return claims;
    }

    internal Task<AuthingTestApp> StartAsync(
        Action<AuthingOptions>? configure = null,
        Action<WebApplicationBuilder>? arrange = null,
        CapturingLoggerProvider? logs = null,
        Action<WebApplication>? map = null) =>
        AuthingTestApp.StartAsync(AuthingTestApp.Build(Authing, Clock, configure, arrange, logs, map));
}
