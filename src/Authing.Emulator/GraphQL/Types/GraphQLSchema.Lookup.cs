using Authing.Emulator.GraphQL.Introspection;

namespace Authing.Emulator.GraphQL.Types;

/// <summary>The schema's type and directive lookups, built on first use.</summary>
public sealed partial class GraphQLSchema
{
    private SchemaTypeMap? typeMap;

    /// <summary>Every named type reachable from the roots, the built-in scalars and the introspection types.</summary>
    public IReadOnlyDictionary<string, NamedType> Types => Map.Types;

    /// <summary>The directives this schema supports.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives => DirectiveDefinition.BuiltIn;

    /// <summary>The schema description shown by introspection.</summary>
    public string? Description { get; init; }

    /// <summary>The <c>__schema</c> meta-field of the query root.</summary>
    internal FieldDefinition SchemaField => Map.SchemaField;

    /// <summary>The <c>__type(name:)</c> meta-field of the query root.</summary>
    internal FieldDefinition TypeField => Map.TypeField;

    private SchemaTypeMap Map => LazyInitializer.EnsureInitialized(ref typeMap, () => new SchemaTypeMap(this));

    /// <summary>Finds a named type, or null.</summary>
    public NamedType? FindType(string name) => Map.Types.GetValueOrDefault(name);

    /// <summary>Finds a directive by name (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? FindDirective(string name) => Directives.FirstOrDefault(d => d.Name == name);

    /// <summary>
    /// Finds the field a selection names on <paramref name="parent"/>, including the meta-fields
    /// <c>__typename</c>, and <c>__schema</c> and <c>__type</c> on the query root.
    /// </summary>
    public FieldDefinition? FindField(ObjectType parent, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        return name switch
        {
            "__typename" => IntrospectionTypes.Instance.TypeNameField,
            "__schema" when parent == Query => SchemaField,
            "__type" when parent == Query => TypeField,
            _ => parent.FindField(name),
        };
    }

    /// <summary>
    /// Forces the type map to be built, so a schema with two different types of one name fails now rather than at
    /// the first request.
    /// </summary>
    public void EnsureValid() => _ = Map;
}
