using Authing.Emulator.GraphQL.Language.Ast;

namespace Authing.Emulator.GraphQL.Validation;

/// <summary>Operation and fragment definition rules: unique names, lone anonymous operation, used and acyclic fragments.</summary>
internal sealed partial class DocumentValidator
{
    private void CheckOperationNames()
    {
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            if (operation.Name is null)
            {
                if (operations.Count > 1)
                {
                    errors.Report("This anonymous operation must be the only defined operation.", operation.Location);
                }
            }
            else if (!names.Add(operation.Name))
            {
                errors.Report($"There can be only one operation named \"{operation.Name}\".", operation.Location);
            }
        }
    }

    private void CheckFragmentDefinitions()
    {
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!fragments.TryAdd(fragment.Name, fragment))
            {
                errors.Report($"There can be only one fragment named \"{fragment.Name}\".", fragment.Location);
            }

            CheckTypeCondition(fragment.TypeCondition, $"Fragment \"{fragment.Name}\"");
        }
    }

    private void CheckFragmentsUsed()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            used.UnionWith(ReachableFragments(operation).Select(f => f.Name));
        }

        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>().Where(f => !used.Contains(f.Name)))
        {
            errors.Report($"Fragment \"{fragment.Name}\" is never used.", fragment.Location);
        }
    }

    private List<FragmentDefinitionNode> ReachableFragments(DefinitionNode definition)
    {
        var reached = new List<FragmentDefinitionNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<DefinitionNode>([definition]);
        while (pending.TryPop(out var next))
        {
            foreach (var spread in scopes[next].Spreads)
            {
                if (seen.Add(spread.Name) && fragments.TryGetValue(spread.Name, out var fragment))
                {
                    reached.Add(fragment);
                    pending.Push(fragment);
                }
            }
        }

        return reached;
    }

    private void CheckFragmentCycles()
    {
        var state = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var fragment in fragments.Values)
        {
            FindCycle(fragment, state, []);
        }
    }

    private void FindCycle(FragmentDefinitionNode fragment, Dictionary<string, bool> done, List<FragmentSpreadNode> path)
    {
        if (done.ContainsKey(fragment.Name))
        {
            return;
        }

        done[fragment.Name] = false;
        foreach (var spread in scopes[fragment].Spreads)
        {
            if (!fragments.TryGetValue(spread.Name, out var target))
            {
                continue;
            }

            path.Add(spread);
            if (done.TryGetValue(spread.Name, out var finished) && !finished)
            {
                var start = path.FindIndex(0, path.Count - 1, s => s.Name == target.Name);
                var via = path.Skip(start + 1).SkipLast(1).Select(s => $"\"{s.Name}\"").ToList();
                var suffix = via.Count == 0 ? string.Empty : $" via {string.Join(", ", via)}";
                errors.Report($"Cannot spread fragment \"{target.Name}\" within itself{suffix}.", spread.Location);
            }
            else
            {
                FindCycle(target, done, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        done[fragment.Name] = true;
    }

    /// <summary>
    /// Measures every definition's nesting through its fragments before anything else walks the spreads, so that
    /// deep fragment chains are refused before they can cost time or stack. False when a limit was exceeded.
    /// </summary>
    private bool CheckDepth()
    {
        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
        {
            var depth = Depth(definition.SelectionSet, depths, 0);
            if (depth == SpreadsTooDeep)
            {
                errors.Report($"Fragment spreads are nested more than {limits.MaxFragmentNesting} deep.", definition.Location);
                return false;
            }

            if (depth > limits.MaxDepth)
            {
                errors.Report($"The definition is nested {depth} levels deep through its fragments; the limit is {limits.MaxDepth}.", definition.Location);
                return false;
            }
        }

        return true;
    }

    private const int SpreadsTooDeep = int.MaxValue;

    private int Depth(SelectionSetNode selectionSet, Dictionary<string, int> fragmentDepths, int spreadNesting)
    {
        var deepest = 1;
        foreach (var selection in selectionSet.Selections)
        {
            var depth = selection switch
            {
                FieldNode { SelectionSet: { } inner } => Deeper(Depth(inner, fragmentDepths, spreadNesting)),
                InlineFragmentNode inline => Depth(inline.SelectionSet, fragmentDepths, spreadNesting),
                FragmentSpreadNode spread => FragmentDepth(spread.Name, fragmentDepths, spreadNesting + 1),
                _ => 1,
            };
            if (depth == SpreadsTooDeep || depth > limits.MaxDepth)
            {
                return depth;
            }

            deepest = Math.Max(deepest, depth);
        }

        return deepest;
    }

    private static int Deeper(int depth) => depth == SpreadsTooDeep ? depth : depth + 1;

    private int FragmentDepth(string name, Dictionary<string, int> fragmentDepths, int spreadNesting)
    {
        if (fragmentDepths.TryGetValue(name, out var known) || !fragments.TryGetValue(name, out var fragment))
        {
            return known;
        }

        if (spreadNesting > limits.MaxFragmentNesting)
        {
            return SpreadsTooDeep;
        }

        fragmentDepths[name] = 0;
        var depth = Depth(fragment.SelectionSet, fragmentDepths, spreadNesting);
        fragmentDepths[name] = depth;
        return depth;
    }
}
