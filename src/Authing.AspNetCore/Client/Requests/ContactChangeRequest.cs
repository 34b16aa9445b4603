namespace Authing.AspNetCore.Client;

/// <summary>
/// A new e-mail address or phone number proven by the code sent to it, and, when the user already has one (Authing's
/// default security setting), the current one with its code.
/// </summary>
public sealed record ContactChangeRequest
{
    /// <summary>The new e-mail address or phone number.</summary>
    public required string NewValue { get; init; }

    /// <summary>The code sent to <see cref="NewValue"/> (e-mail: <c>SendChangeEmailCodeAsync</c>; phone: <c>SendSmsCodeAsync</c>).</summary>
    public required string NewCode { get; init; }

    /// <summary>The address or number the user has now, if any.</summary>
    public string? OldValue { get; init; }

    /// <summary>The code sent to <see cref="OldValue"/>.</summary>
    public string? OldCode { get; init; }
}
