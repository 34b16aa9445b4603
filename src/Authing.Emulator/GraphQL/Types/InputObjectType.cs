namespace Authing.Emulator.GraphQL.Types;

/// <summary>
/// An input object type. Coerced values arrive in resolvers as
/// <see cref="IReadOnlyDictionary{TKey, TValue}"/> of <see cref="string"/> to <see cref="object"/> holding only the
/// fields that were given (or have a default), so an absent field and an explicit <c>null</c> stay distinguishable.
/// </summary>
public sealed class InputObjectType(string name, IReadOnlyList<InputValueDefinition> fields, string? description = null)
    : NamedType(name, description)
{
    /// <summary>The input fields in declaration order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields { get; } = fields;
}
