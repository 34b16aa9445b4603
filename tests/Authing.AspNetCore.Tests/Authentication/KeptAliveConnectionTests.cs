using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Authing.AspNetCore.Tests.Authentication;

/// <summary>Several users' tokens on one kept-alive Kestrel connection, where the handler remembers the last token's hash.</summary>
public sealed class KeptAliveConnectionTests : AuthingHandlerTestBase
{
    private const string BobToken = "eyJhbGciOiJIUzI1NiJ9.bob-user-token.c2lnbmF0dXJl";
    private const string BobId = "5f1e2d3c4b5a697887766555";

    [Fact]
    public async Task Each_token_on_one_connection_gets_its_own_user()
    {
        AcceptAlice();
        Authing.Accept(BobToken, FakeAuthingIntrospector.ClaimsFor(BobId, Clock.GetUtcNow(), FifteenDays));
        await using WebApplication app = await StartKestrelAsync();
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1 })
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()),
        };
        var seen = new List<ConnectionAnswer>();

        foreach (string token in new[] { AliceToken, AliceToken, BobToken, AliceToken, AliceToken + "x", BobToken })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/connection");
            request.Headers.Authorization = new("Bearer", token);
            using HttpResponseMessage response = await client.SendAsync(request);
            seen.Add(response.StatusCode == HttpStatusCode.OK
                ? (await response.Content.ReadFromJsonAsync<ConnectionAnswer>())!
                : new ConnectionAnswer(null, null, HasConnectionItems: false));
        }

        Assert.Equal([AliceId, AliceId, BobId, AliceId, null, BobId], seen.Select(answer => answer.UserId));
        ConnectionAnswer[] served = [.. seen.Where(answer => answer.UserId is not null)];
        Assert.Single(served.Select(answer => answer.ConnectionId).Distinct());
        Assert.All(served, answer => Assert.True(answer.HasConnectionItems));
    }

    private async Task<WebApplication> StartKestrelAsync()
    {
        WebApplication app = AuthingTestApp.Build(Authing, Clock, onKestrel: true, map: static app => app.MapGet("/connection", static (HttpContext context) => new ConnectionAnswer(
            context.User.FindFirstValue(ClaimTypes.NameIdentifier),
            context.Connection.Id,
            context.Features.Get<IConnectionItemsFeature>() is not null)).RequireAuthorization());
        await app.StartAsync();
        return app;
    }

    private sealed record ConnectionAnswer(string? UserId, string? ConnectionId, bool HasConnectionItems);
}
