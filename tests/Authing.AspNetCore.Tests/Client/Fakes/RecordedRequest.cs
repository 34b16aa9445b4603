using System.Net.Http.Headers;
using System.Text.Json;

namespace Authing.AspNetCore.Tests.Client.Fakes;

/// <summary>A request as the fake handler saw it.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, AuthenticationHeaderValue? Authorization, string Body, bool Idempotent)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? OperationName => Method == HttpMethod.Post ? Json.GetProperty("operationName").GetString() : null;

    public JsonElement Variables => Json.GetProperty("variables");

    public string Query => Json.GetProperty("query").GetString()!;

    public string? Variable(string name) =>
        Variables.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}
