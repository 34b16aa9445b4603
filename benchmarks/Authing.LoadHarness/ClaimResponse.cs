namespace Authing.LoadHarness;

/// <summary>One claim.</summary>
/// <param name="Type">The claim type.</param>
/// <param name="Value">The claim value.</param>
internal sealed record ClaimResponse(string Type, string Value);
