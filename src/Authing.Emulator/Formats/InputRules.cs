using System.Net.Mail;
using Authing.Emulator.Errors;

namespace Authing.Emulator.Formats;

/// <summary>Checks of client input that fail with business errors, never exceptions that become 500s.</summary>
public static class InputRules
{
    /// <summary>Returns <paramref name="value"/> in lower case when it is an ObjectId, or fails naming <paramref name="argument"/>.</summary>
    public static string ObjectIdArgument(string? value, string argument)
        => ObjectId.IsValid(value) ? value!.ToLowerInvariant() : throw new AuthingException(AuthingErrors.InvalidObjectId(argument));

    /// <summary>Returns the trimmed address when it is an e-mail address, or fails with a business error.</summary>
    public static string Email(string? value)
    {
        var trimmed = value?.Trim();
        return !string.IsNullOrEmpty(trimmed) && MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed && trimmed.Contains('.', StringComparison.Ordinal)
            ? trimmed
            : throw new AuthingException(AuthingErrors.InvalidEmail);
    }

    /// <summary>Returns the value when it is not empty, or fails naming what is missing.</summary>
    public static string Required(string? value, string description)
        => string.IsNullOrWhiteSpace(value) ? throw new AuthingException(AuthingErrors.MissingArgument(description)) : value.Trim();

    /// <summary>Null for a null or blank value, the trimmed value otherwise.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
