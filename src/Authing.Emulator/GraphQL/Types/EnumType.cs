namespace Authing.Emulator.GraphQL.Types;

/// <summary>An enum type; values are serialised and coerced as their names (CLR <see cref="string"/>).</summary>
public sealed class EnumType(string name, IReadOnlyList<EnumValueDefinition> values, string? description = null)
    : NamedType(name, description)
{
    /// <summary>The enum's values in declaration order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values { get; } = values;
}

/// <summary>One value of an <see cref="EnumType"/>.</summary>
public sealed record EnumValueDefinition(string Name, string? Description = null, string? DeprecationReason = null);
