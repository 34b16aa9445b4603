namespace Authing.Emulator.GraphQL.Types;

/// <summary>An object type: an ordered set of fields, each with its own resolver.</summary>
public sealed class ObjectType(string name, string? description = null) : NamedType(name, description)
{
    private readonly List<FieldDefinition> fields = [];
    private readonly Dictionary<string, FieldDefinition> byName = new(StringComparer.Ordinal);

    /// <summary>The fields in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> Fields => fields;

    /// <summary>Finds a field by name.</summary>
    public FieldDefinition? FindField(string name) => byName.GetValueOrDefault(name);

    /// <summary>Adds a field; names are unique within the type.</summary>
    public ObjectType AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        if (!byName.TryAdd(field.Name, field))
        {
            throw new ArgumentException($"Type {Name} already has a field named {field.Name}.", nameof(field));
        }

        fields.Add(field);
        return this;
    }

    /// <summary>Adds a field read synchronously from a parent value of type <typeparamref name="TSource"/>.</summary>
    public ObjectType Field<TSource>(string name, GraphQLType type, Func<TSource, object?> read, string? description = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        return AddField(new FieldDefinition(
            name,
            type,
            context => ValueTask.FromResult(context.Source is TSource source ? read(source) : null))
        {
            Description = description,
        });
    }
}
