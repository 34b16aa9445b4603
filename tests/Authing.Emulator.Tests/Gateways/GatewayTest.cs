using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

/// <summary>Tests that talk to the emulator only as a client does: GraphQL and REST over HTTP.</summary>
public abstract class GatewayTest : EmulatorTest
{
    protected const string PoolId = EmulatorFactory.PoolId;

    protected Task<string> OwnerTokenAsync() => Client.OwnerTokenAsync();

    protected Task<JsonObject> RegisterOverHttpAsync(string email, string password = "p@ssw0rd", bool forceLogin = false)
        => Client.PostGraphQLAsync(SeedQueries.Register, new { email, password = Encrypt(password), registerInClient = PoolId, forceLogin });

    protected Task<JsonObject> LoginOverHttpAsync(string email, string password = "p@ssw0rd")
        => Client.PostGraphQLAsync(SeedQueries.Login, new { email, password = Encrypt(password), registerInClient = PoolId });

    protected async Task<(string Id, string Token)> SignedUpUserAsync(string email, string password = "p@ssw0rd")
    {
        (await RegisterOverHttpAsync(email, password)).Data("register");
        var user = (await LoginOverHttpAsync(email, password)).Data("login");
        return ((string)user["_id"]!, (string)user["token"]!);
    }
}
