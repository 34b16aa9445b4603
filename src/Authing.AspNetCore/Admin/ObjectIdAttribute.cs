using System.ComponentModel.DataAnnotations;

namespace Authing.AspNetCore.Admin;

/// <summary>Valid when the value (a string, or every string of a sequence) is a 24-character hexadecimal ObjectId; <see langword="null"/> is left to <see cref="RequiredAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter | AttributeTargets.Field)]
internal sealed class ObjectIdAttribute : ValidationAttribute
{
    private const int Length = 24;

    public ObjectIdAttribute()
        : base("The field {0} must hold user ids of 24 hexadecimal characters.")
    {
    }

    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string id => IsObjectId(id),
        IEnumerable<string> ids => ids.All(IsObjectId),
        _ => false,
    };

    public static bool IsObjectId(string? id) => id is { Length: Length } && id.All(char.IsAsciiHexDigit);
}
