using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>One entry of the <c>removeUsers</c> answer.</summary>
internal sealed record RemovedUser
{
    [JsonPropertyName("_id")]
    public string? Id { get; init; }
}
