using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

/// <summary>Whatever a client sends to the gateways, the answer is a GraphQL error or a 4xx, never a 500.</summary>
public sealed class BadRequestTests(EmulatorFactory factory) : IClassFixture<EmulatorFactory>
{
    public static TheoryData<string, string, string> Bodies() => new()
    {
        { "malformed JSON", "application/json", "{\"query\": " },
        { "wrong content type", "text/plain", "{ users { totalCount } }" },
        { "empty body", "application/json", string.Empty },
        { "1 MB query", "application/json", new JsonObject { ["query"] = "{ " + new string('a', 1_000_000) + " }" }.ToJsonString() },
        { "depth 1000", "application/json", new JsonObject { ["query"] = "{ " + string.Concat(Enumerable.Repeat("user(id: \"x\") { group { ", 500)) + new string('}', 1000) + " }" }.ToJsonString() },
        { "unknown operation name", "application/json", new JsonObject { ["query"] = "query a { userExist(userPoolId: \"x\") }", ["operationName"] = "b" }.ToJsonString() },
        { "wrong variable type", "application/json", new JsonObject { ["query"] = "query q($n: Int) { users(page: $n) { totalCount } }", ["variables"] = new JsonObject { ["n"] = "one" } }.ToJsonString() },
        { "null for a required argument", "application/json", new JsonObject { ["query"] = "mutation { login(registerInClient: null) { _id } }" }.ToJsonString() },
        { "not an object id", "application/json", new JsonObject { ["query"] = "{ userExist(userPoolId: \"zz\", email: \"a@b.c\") }" }.ToJsonString() },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Bad_request_is_answered_without_a_server_error(string name, string contentType, string body)
    {
        using var client = factory.CreateClient();
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await client.PostAsync(new Uri(GraphQLHttp.UsersGateway, UriKind.Relative), content);

        Assert.True((int)response.StatusCode < 500, name + " answered " + response.StatusCode);
        if (response.IsSuccessStatusCode)
        {
            var answer = await response.Content.ReadFromJsonAsync<JsonObject>();
            Assert.True(answer?["errors"] is JsonArray { Count: > 0 }, name + " answered no error: " + answer?.ToJsonString());
        }
    }
}
