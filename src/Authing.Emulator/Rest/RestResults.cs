using Authing.Emulator.Errors;
using Authing.Emulator.Verification;

namespace Authing.Emulator.Rest;

/// <summary>Runs a REST operation and answers Authing's <c>{code, message}</c> body, for successes and business errors alike.</summary>
internal static class RestResults
{
    public static async Task<IResult> Run(Func<Task<CommonMessage>> operation)
    {
        try
        {
            var result = await operation().ConfigureAwait(false);
            return Results.Json(new { code = result.Code, message = result.Message });
        }
        catch (AuthingException exception)
        {
            return Results.Json(new { code = exception.Error.Code, message = exception.Error.Message });
        }
    }
}
