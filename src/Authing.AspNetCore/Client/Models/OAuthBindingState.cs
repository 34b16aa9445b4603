namespace Authing.AspNetCore.Client;

/// <summary>A social login and whether the user has bound it (<c>notBindOAuthList</c>).</summary>
public sealed record OAuthBindingState
{
    /// <summary>The provider type, for example <c>github</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The URL that starts the binding.</summary>
    public string? OAuthUrl { get; init; }

    /// <summary>The provider logo URL.</summary>
    public string? Image { get; init; }

    /// <summary>The provider name.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the user has bound this provider.</summary>
    public bool? Binded { get; init; }
}
