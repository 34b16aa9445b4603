namespace Authing.Emulator.GraphQL.Types;

/// <summary>
/// One of the five built-in scalars. Resolvers return <see cref="string"/> for String and ID,
/// <see cref="int"/> (or <see cref="long"/> within the 32-bit range) for Int, <see cref="double"/> for Float and
/// <see cref="bool"/> for Boolean; coerced arguments arrive as the same CLR types.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "The members are named after the GraphQL scalars they are.")]
public sealed class ScalarType : NamedType
{
    private ScalarType(string name, string description)
        : base(name, description)
    {
    }

    /// <summary>UTF-8 text.</summary>
    public static ScalarType String { get; } = new("String", "Textual data as a sequence of UTF-8 characters.");

    /// <summary>A signed 32-bit integer.</summary>
    public static ScalarType Int { get; } = new("Int", "A signed 32-bit integer.");

    /// <summary>A double-precision floating point value.</summary>
    public static ScalarType Float { get; } = new("Float", "A signed double-precision floating-point value.");

    /// <summary>true or false.</summary>
    public static ScalarType Boolean { get; } = new("Boolean", "true or false.");

    /// <summary>A unique identifier, serialised as a string.</summary>
    public static ScalarType ID { get; } = new("ID", "A unique identifier, serialised as a string.");

    /// <summary>The five built-in scalars.</summary>
    public static IReadOnlyList<ScalarType> BuiltIn { get; } = [String, Int, Float, Boolean, ID];
}
