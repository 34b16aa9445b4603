namespace Authing.AspNetCore.Client;

/// <summary>The part of <c>getClientWhenSdkInit</c> the client uses.</summary>
internal sealed record SdkInitResult
{
    public string? AccessToken { get; init; }
}
