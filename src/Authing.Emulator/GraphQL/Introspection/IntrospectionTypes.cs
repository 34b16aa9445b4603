using Authing.Emulator.GraphQL.Language;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec §4.5 (<c>__Schema</c>, <c>__Type</c>, ...), resolved over the type-system
/// objects themselves: a <see cref="GraphQLSchema"/>, <see cref="GraphQLType"/>, <see cref="FieldDefinition"/>,
/// <see cref="InputValueDefinition"/>, <see cref="EnumValueDefinition"/> and <see cref="DirectiveDefinition"/>.
/// </summary>
internal sealed class IntrospectionTypes
{
    private static readonly string[] TypeKindNames = ["SCALAR", "OBJECT", "INTERFACE", "UNION", "ENUM", "INPUT_OBJECT", "LIST", "NON_NULL"];

    private IntrospectionTypes()
    {
        TypeKind = new EnumType(
            "__TypeKind",
            [.. TypeKindNames.Select(v => new EnumValueDefinition(v))],
            "An enum describing what kind of type a given `__Type` is.");
        DirectiveLocationType = new EnumType(
            "__DirectiveLocation",
            [.. Enum.GetValues<DirectiveLocation>().Select(l => new EnumValueDefinition(DirectiveLocationNames.Of(l)))],
            "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");
        Schema = new ObjectType("__Schema", "A GraphQL Schema defines the capabilities of a GraphQL server.");
        Type = new ObjectType("__Type", "The fundamental unit of any GraphQL Schema is the type.");
        Field = new ObjectType("__Field", "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");
        InputValue = new ObjectType("__InputValue", "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");
        EnumValue = new ObjectType("__EnumValue", "One possible value for a given Enum.");
        Directive = new ObjectType("__Directive", "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.");
        TypeNameField = new FieldDefinition(
            "__typename",
            ScalarType.String.NonNull(),
            _ => ValueTask.FromResult<object?>(null))
        {
            Description = "The name of the current Object type at runtime.",
        };
        AddSchemaFields();
        AddTypeFields();
        AddFieldFields();
        AddInputValueFields();
        AddEnumValueFields();
        AddDirectiveFields();
        All = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocationType];
    }

    public static IntrospectionTypes Instance { get; } = new();

    public ObjectType Schema { get; }

    public ObjectType Type { get; }

    public EnumType TypeKind { get; }

    public ObjectType Field { get; }

    public ObjectType InputValue { get; }

    public ObjectType EnumValue { get; }

    public ObjectType Directive { get; }

    public EnumType DirectiveLocationType { get; }

    /// <summary><c>__typename</c>; the executor answers it with the parent type's name.</summary>
    public FieldDefinition TypeNameField { get; }

    public IReadOnlyList<NamedType> All { get; }

    private static InputValueDefinition IncludeDeprecated()
        => new("includeDeprecated", ScalarType.Boolean) { DefaultValue = false };

    private static bool Visible(string? deprecationReason, ResolveContext context)
        => deprecationReason is null || context.GetArgument<bool>("includeDeprecated");

    private static FieldDefinition Resolved(string name, GraphQLType type, Func<ResolveContext, object?> resolve)
        => new(name, type, context => ValueTask.FromResult(resolve(context)))
        {
            Arguments = [IncludeDeprecated()],
        };

    private static string Kind(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        NonNullType => "NON_NULL",
        _ => throw new InvalidOperationException($"Unknown kind of type {type}."),
    };

    private void AddSchemaFields()
    {
        var types = Type.NonNull().List().NonNull();
        Schema
            .Field<GraphQLSchema>("description", ScalarType.String, s => s.Description)
            .Field<GraphQLSchema>("types", types, s => s.Types.Values, "A list of all types supported by this server.")
            .Field<GraphQLSchema>("queryType", Type.NonNull(), s => s.Query, "The type that query operations will be rooted at.")
            .Field<GraphQLSchema>("mutationType", Type, s => s.Mutation, "If this server supports mutation, the type that mutation operations will be rooted at.")
            .Field<GraphQLSchema>("subscriptionType", Type, _ => null, "If this server supports subscription, the type that subscription operations will be rooted at.")
            .Field<GraphQLSchema>("directives", Directive.NonNull().List().NonNull(), s => s.Directives, "A list of all directives supported by this server.");
    }

    private void AddTypeFields()
    {
        Type
            .Field<GraphQLType>("kind", TypeKind.NonNull(), Kind)
            .Field<GraphQLType>("name", ScalarType.String, t => (t as NamedType)?.Name)
            .Field<GraphQLType>("description", ScalarType.String, t => (t as NamedType)?.Description)
            .Field<GraphQLType>("specifiedByURL", ScalarType.String, _ => null)
            .AddField(Resolved("fields", Field.NonNull().List(), c => c.Source is ObjectType o
                ? o.Fields.Where(f => Visible(f.DeprecationReason, c)).ToList()
                : null))
            .Field<GraphQLType>("interfaces", Type.NonNull().List(), t => t is ObjectType ? Array.Empty<GraphQLType>() : null)
            .Field<GraphQLType>("possibleTypes", Type.NonNull().List(), _ => null)
            .AddField(Resolved("enumValues", EnumValue.NonNull().List(), c => c.Source is EnumType e
                ? e.Values.Where(v => Visible(v.DeprecationReason, c)).ToList()
                : null))
            .AddField(Resolved("inputFields", InputValue.NonNull().List(), c => (c.Source as InputObjectType)?.Fields))
            .Field<GraphQLType>("ofType", Type, t => t switch
            {
                ListType list => list.OfType,
                NonNullType nonNull => nonNull.OfType,
                _ => null,
            });
    }

    private void AddFieldFields()
    {
        Field
            .Field<FieldDefinition>("name", ScalarType.String.NonNull(), f => f.Name)
            .Field<FieldDefinition>("description", ScalarType.String, f => f.Description)
            .AddField(Resolved("args", InputValue.NonNull().List().NonNull(), c => (c.Source as FieldDefinition)?.Arguments))
            .Field<FieldDefinition>("type", Type.NonNull(), f => f.Type)
            .Field<FieldDefinition>("isDeprecated", ScalarType.Boolean.NonNull(), f => f.DeprecationReason is not null)
            .Field<FieldDefinition>("deprecationReason", ScalarType.String, f => f.DeprecationReason);
    }

    private void AddInputValueFields()
    {
        InputValue
            .Field<InputValueDefinition>("name", ScalarType.String.NonNull(), v => v.Name)
            .Field<InputValueDefinition>("description", ScalarType.String, v => v.Description)
            .Field<InputValueDefinition>("type", Type.NonNull(), v => v.Type)
            .Field<InputValueDefinition>(
                "defaultValue",
                ScalarType.String,
                v => v.HasDefaultValue ? ValuePrinter.PrintClr(v.DefaultValue, v.Type) : null,
                "A GraphQL-formatted string representing the default value for this input value.")
            .Field<InputValueDefinition>("isDeprecated", ScalarType.Boolean.NonNull(), _ => false)
            .Field<InputValueDefinition>("deprecationReason", ScalarType.String, _ => null);
    }

    private void AddEnumValueFields()
    {
        EnumValue
            .Field<EnumValueDefinition>("name", ScalarType.String.NonNull(), v => v.Name)
            .Field<EnumValueDefinition>("description", ScalarType.String, v => v.Description)
            .Field<EnumValueDefinition>("isDeprecated", ScalarType.Boolean.NonNull(), v => v.DeprecationReason is not null)
            .Field<EnumValueDefinition>("deprecationReason", ScalarType.String, v => v.DeprecationReason);
    }

    private void AddDirectiveFields()
    {
        Directive
            .Field<DirectiveDefinition>("name", ScalarType.String.NonNull(), d => d.Name)
            .Field<DirectiveDefinition>("description", ScalarType.String, d => d.Description)
            .Field<DirectiveDefinition>("isRepeatable", ScalarType.Boolean.NonNull(), d => d.IsRepeatable)
            .Field<DirectiveDefinition>(
                "locations",
                DirectiveLocationType.NonNull().List().NonNull(),
                d => d.Locations.Select(DirectiveLocationNames.Of).ToList())
            .AddField(Resolved("args", InputValue.NonNull().List().NonNull(), c => (c.Source as DirectiveDefinition)?.Arguments));
    }
}
