namespace Authing.AspNetCore.Client;

/// <summary>A login with a phone number and the SMS code sent to it.</summary>
public sealed record PhoneCodeLoginRequest
{
    /// <summary>The phone number.</summary>
    public required string Phone { get; init; }

    /// <summary>The SMS code.</summary>
    public required int PhoneCode { get; init; }

    /// <summary>The client's browser.</summary>
    public string? Browser { get; init; }

    /// <summary>The client's device.</summary>
    public string? Device { get; init; }

    /// <summary>The user pool; defaults to <see cref="AuthingClientOptions.UserPoolId"/>.</summary>
    public string? RegisterInClient { get; init; }
}
