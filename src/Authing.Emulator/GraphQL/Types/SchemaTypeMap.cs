using Authing.Emulator.GraphQL.Introspection;

namespace Authing.Emulator.GraphQL.Types;

/// <summary>
/// Collects every type reachable from a schema's roots, and rejects what the spec forbids (§3): two different
/// types of one name, invalid names, input types as field types and output types as arguments or input fields.
/// </summary>
internal sealed partial class SchemaTypeMap
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
            CheckType(type, introspection);
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

    private static void CheckType(NamedType type, IntrospectionTypes introspection)
    {
        CheckName(type.Name, type.Name, allowReserved: introspection.All.Contains(type));
        switch (type)
        {
            case ObjectType objectType:
                foreach (var field in objectType.Fields)
                {
                    var where = $"{type.Name}.{field.Name}";
                    CheckName(field.Name, where, allowReserved: false);
                    if (field.Type.Named is InputObjectType)
                    {
                        throw new InvalidOperationException($"The field {where} returns the input type {field.Type}; fields need output types.");
                    }

                    foreach (var argument in field.Arguments)
                    {
                        CheckInput(argument, $"{where}({argument.Name}:)");
                    }
                }

                break;
            case InputObjectType inputType:
                foreach (var field in inputType.Fields)
                {
                    CheckInput(field, $"{type.Name}.{field.Name}");
                }

                break;
            case EnumType enumType:
                foreach (var value in enumType.Values)
                {
                    CheckName(value.Name, $"{type.Name}.{value.Name}", allowReserved: false);
                    if (value.Name is "true" or "false" or "null")
                    {
                        throw new InvalidOperationException($"The enum value {type.Name}.{value.Name} cannot be named true, false or null.");
                    }
                }

                break;
        }
    }

    private static void CheckInput(InputValueDefinition input, string where)
    {
        CheckName(input.Name, where, allowReserved: false);
        if (input.Type.Named is ObjectType)
        {
            throw new InvalidOperationException($"{where} has the output type {input.Type}; arguments and input fields need input types.");
        }
    }

    private static void CheckName(string name, string where, bool allowReserved)
    {
        if (!NamePattern().IsMatch(name) || (!allowReserved && name.StartsWith("__", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"{where}: \"{name}\" is not a valid GraphQL name (letters, digits and _, not starting with a digit or __).");
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[_A-Za-z][_0-9A-Za-z]*$")]
    private static partial System.Text.RegularExpressions.Regex NamePattern();
}
