namespace Authing.Emulator.Verification;

/// <summary>A new e-mail address or phone number with its code, and the current one with its code.</summary>
/// <param name="Value">The new address or number.</param>
/// <param name="Code">The code sent to the new one.</param>
/// <param name="OldValue">The address or number the user has now.</param>
/// <param name="OldCode">The code sent to the current one.</param>
public sealed record ContactChange(string? Value, string? Code, string? OldValue, string? OldCode);
