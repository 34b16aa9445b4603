using System.Text.Json.Serialization;

namespace Authing.AspNetCore.Client;

/// <summary>A user group.</summary>
public sealed record AuthingGroup
{
    /// <summary>The group id.</summary>
    [JsonPropertyName("_id")]
    public string? Id { get; init; }

    /// <summary>The group name.</summary>
    public string? Name { get; init; }

    /// <summary>The group description.</summary>
    public string? Descriptions { get; init; }

    /// <summary>When the group was created.</summary>
    public string? CreatedAt { get; init; }
}
