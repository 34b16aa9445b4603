using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Authing.Emulator.Tests.Infrastructure;

namespace Authing.Emulator.Tests.Gateways;

/// <summary>Posts GraphQL the way Authing's SDKs do: JSON <c>{query, variables}</c> with a bearer token.</summary>
public static class GraphQLHttp
{
    public const string UsersGateway = "/graphql";
    public const string OAuthGateway = "/oauth/graphql";

    public static async Task<JsonObject> PostGraphQLAsync(this HttpClient client, string query, object? variables = null, string? token = null, string gateway = UsersGateway)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, UriKind.Relative))
        {
            Content = JsonContent.Create(new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonSerializerNode(variables) }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonObject>() ?? throw new InvalidOperationException("The gateway answered no JSON.");
    }

    /// <summary>The test pool's OwnerToken, from <c>getClientWhenSdkInit</c> with the pool secret.</summary>
    public static async Task<string> OwnerTokenAsync(this HttpClient client)
        => (string)(await client.PostGraphQLAsync(SeedQueries.GetClientWhenSdkInit, new { secret = EmulatorFactory.PoolSecret, clientId = EmulatorFactory.PoolId }))
            .Data("getClientWhenSdkInit")["accessToken"]!;

    /// <summary>The <c>data</c> member of an operation, failing with the errors when there are any.</summary>
    public static JsonNode Data(this JsonObject body, string field)
    {
        Assert.True(body["errors"] is null, "Unexpected errors: " + body["errors"]?.ToJsonString());
        return body["data"]![field]!;
    }

    /// <summary>The Authing business error of the first error: <c>errors[0].message = {code, message}</c>.</summary>
    public static (int Code, string Message) BusinessError(this JsonObject body)
    {
        var message = body["errors"]?[0]?["message"] as JsonObject;
        Assert.True(message is not null, "Expected a business error, got " + body.ToJsonString());
        return ((int)message["code"]!, (string)message["message"]!);
    }

    private static JsonNode? JsonSerializerNode(object variables)
        => variables as JsonNode ?? System.Text.Json.JsonSerializer.SerializeToNode(variables);
}
