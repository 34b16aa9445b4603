using Authing.Emulator.GraphQL.Execution;
using Authing.Emulator.GraphQL.Language.Ast;
using Authing.Emulator.GraphQL.Types;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>
/// The validation rules of spec §5 for executable documents. One typed walk over every operation and fragment
/// checks fields, arguments, values, directives and spreads and records variable usages; the operation-level
/// rules (variables, fragment reachability, cycles, depth) run over what the walk recorded.
/// </summary>
internal sealed partial class DocumentValidator
{
    private readonly GraphQLSchema schema;
    private readonly DocumentNode document;
    private readonly GraphQLLimits limits;
    private readonly ValidationErrors errors;
    private readonly Dictionary<string, FragmentDefinitionNode> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<DefinitionNode, ValidationScope> scopes = [];
    private readonly FieldMergeValidator fieldMerge;

    private DocumentValidator(GraphQLSchema schema, DocumentNode document, GraphQLLimits limits)
    {
        this.schema = schema;
        this.document = document;
        this.limits = limits;
        errors = new ValidationErrors(limits.MaxErrors);
        fieldMerge = new FieldMergeValidator(schema, fragments, errors);
    }

    public static List<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document, GraphQLLimits limits)
    {
        var validator = new DocumentValidator(schema, document, limits);
        validator.Run();
        return validator.errors.Errors;
    }

    private void Run()
    {
        CheckOperationNames();
        CheckFragmentDefinitions();
        if (!CheckDepth())
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            var scope = new ValidationScope();
            scopes[definition] = scope;
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    WalkOperation(operation, scope);
                    break;
                case FragmentDefinitionNode fragment:
                    WalkDirectives(fragment.Directives, DirectiveLocation.FragmentDefinition, scope);
                    WalkSelectionSet(fragment.SelectionSet, schema.FindType(fragment.TypeCondition.Name) as ObjectType, scope);
                    break;
            }

            if (errors.Full)
            {
                return;
            }
        }

        CheckFragmentCycles();
        CheckFragmentsUsed();
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            CheckVariableUsages(operation);
        }
    }

    private void WalkOperation(OperationDefinitionNode operation, ValidationScope scope)
    {
        var (rootType, location) = operation.Operation switch
        {
            OperationType.Mutation => (schema.Mutation, DirectiveLocation.Mutation),
            OperationType.Subscription => (null, DirectiveLocation.Subscription),
            _ => (schema.Query, DirectiveLocation.Query),
        };
        if (operation.Operation == OperationType.Mutation && rootType is null)
        {
            errors.Report("Schema is not configured for mutations.", operation.Location);
        }

        CheckVariableDefinitions(operation, scope);
        WalkDirectives(operation.Directives, location, scope);
        WalkSelectionSet(operation.SelectionSet, rootType, scope);
    }

    private void WalkSelectionSet(SelectionSetNode selectionSet, ObjectType? parent, ValidationScope scope)
    {
        if (parent is not null)
        {
            fieldMerge.Check(selectionSet, parent);
        }

        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field, parent, scope);
                    break;
                case FragmentSpreadNode spread:
                    WalkDirectives(spread.Directives, DirectiveLocation.FragmentSpread, scope);
                    WalkSpread(spread, parent, scope);
                    break;
                case InlineFragmentNode inline:
                    WalkDirectives(inline.Directives, DirectiveLocation.InlineFragment, scope);
                    WalkSelectionSet(inline.SelectionSet, InlineFragmentType(inline, parent), scope);
                    break;
            }
        }
    }

    private void WalkField(FieldNode field, ObjectType? parent, ValidationScope scope)
    {
        var definition = parent is null ? null : schema.FindField(parent, field.Name);
        if (parent is not null && definition is null)
        {
            errors.Report($"Cannot query field \"{field.Name}\" on type \"{parent.Name}\".", field.Location);
        }

        WalkDirectives(field.Directives, DirectiveLocation.Field, scope);
        WalkArguments(field.Arguments, definition?.Arguments, $"field \"{parent?.Name}.{field.Name}\"", $"Field \"{field.Name}\"", field.Location, scope);
        var named = definition?.Type.Named;
        if (named is ObjectType && field.SelectionSet is null)
        {
            errors.Report($"Field \"{field.Name}\" of type \"{definition!.Type}\" must have a selection of subfields. Did you mean \"{field.Name} {{ ... }}\"?", field.Location);
        }
        else if (named is ScalarType or EnumType && field.SelectionSet is not null)
        {
            errors.Report($"Field \"{field.Name}\" must not have a selection since type \"{definition!.Type}\" has no subfields.", field.SelectionSet.Location);
        }

        if (field.SelectionSet is not null)
        {
            WalkSelectionSet(field.SelectionSet, named as ObjectType, scope);
        }
    }

    private void WalkSpread(FragmentSpreadNode spread, ObjectType? parent, ValidationScope scope)
    {
        scope.Spreads.Add(spread);
        if (!fragments.TryGetValue(spread.Name, out var fragment))
        {
            errors.Report($"Unknown fragment \"{spread.Name}\".", spread.Location);
            return;
        }

        if (parent is not null && schema.FindType(fragment.TypeCondition.Name) is ObjectType fragmentType && fragmentType != parent)
        {
            errors.Report($"Fragment \"{spread.Name}\" cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{fragmentType.Name}\".", spread.Location);
        }
    }

    private ObjectType? InlineFragmentType(InlineFragmentNode inline, ObjectType? parent)
    {
        if (inline.TypeCondition is null)
        {
            return parent;
        }

        var type = CheckTypeCondition(inline.TypeCondition, "Fragment");
        if (type is not null && parent is not null && type != parent)
        {
            errors.Report($"Fragment cannot be spread here as objects of type \"{parent.Name}\" can never be of type \"{type.Name}\".", inline.Location);
        }

        return type;
    }

    private ObjectType? CheckTypeCondition(NamedTypeNode condition, string subject)
    {
        switch (schema.FindType(condition.Name))
        {
            case null:
                errors.Report($"Unknown type \"{condition.Name}\".", condition.Location);
                return null;
            case ObjectType objectType:
                return objectType;
            default:
                errors.Report($"{subject} cannot condition on non composite type \"{condition.Name}\".", condition.Location);
                return null;
        }
    }
}
