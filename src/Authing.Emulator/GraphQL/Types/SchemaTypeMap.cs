using Authing.Emulator.GraphQL.Introspection;

namespace Authing.Emulator.GraphQL.Types;

/// <summary>Collects every type reachable from a schema's roots and rejects two different types of one name.</summary>
internal sealed class SchemaTypeMap
{
    private readonly Dictionary<string, NamedType> types = new(StringComparer.Ordinal);

    public SchemaTypeMap(GraphQLSchema schema)
    {
        var introspection = IntrospectionTypes.Instance;
        var pending = new Queue<NamedType>();
        pending.Enqueue(schema.Query);
        if (schema.Mutation is { } mutation)
        {
            pending.Enqueue(mutation);
        }

        foreach (var type in ScalarType.BuiltIn.Concat<NamedType>(introspection.All))
        {
            pending.Enqueue(type);
        }

        while (pending.TryDequeue(out var type))
        {
            if (types.TryGetValue(type.Name, out var existing))
            {
                if (!ReferenceEquals(existing, type))
                {
                    throw new InvalidOperationException($"The schema has two different types named {type.Name}.");
                }

                continue;
            }

            types.Add(type.Name, type);
            foreach (var reached in Reachable(type))
            {
                pending.Enqueue(reached.Named);
            }
        }

        Types = types;
        SchemaField = new FieldDefinition(
            "__schema",
            introspection.Schema.NonNull(),
            _ => ValueTask.FromResult<object?>(schema))
        {
            Description = "Access the current type schema of this server.",
        };
        TypeField = new FieldDefinition(
            "__type",
            introspection.Type,
            context => ValueTask.FromResult<object?>(schema.FindType(context.GetArgument<string>("name") ?? string.Empty)))
        {
            Description = "Request the type information of a single type.",
            Arguments = [new InputValueDefinition("name", ScalarType.String.NonNull())],
        };
    }

    public IReadOnlyDictionary<string, NamedType> Types { get; }

    public FieldDefinition SchemaField { get; }

    public FieldDefinition TypeField { get; }

    private static IEnumerable<GraphQLType> Reachable(NamedType type) => type switch
    {
        ObjectType objectType => objectType.Fields.SelectMany(f => f.Arguments.Select(a => a.Type).Prepend(f.Type)),
        InputObjectType inputType => inputType.Fields.Select(f => f.Type),
        _ => [],
    };
}
