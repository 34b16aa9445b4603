using Authing.AspNetCore.Client;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Authing.AspNetCore.Admin;

/// <summary>Turns <see cref="AuthingException"/>s of the admin actions into ProblemDetails (see <see cref="AuthingAdminErrorCodes"/>); Authing unreachable → 503.</summary>
internal sealed class AuthingAdminExceptionFilter(ProblemDetailsFactory problems, ILogger<AuthingAdminExceptionFilter> logger) : IExceptionFilter
{
    private const string AuthingCodeExtension = "authingCode";

    public void OnException(ExceptionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is not AuthingException exception)
        {
            return;
        }

        string action = context.ActionDescriptor.RouteValues["action"] ?? string.Empty;
        string? caller = AuthingAdminCaller.Id(context.HttpContext.User);
        ProblemDetails problem;
        if (exception is AuthingTransportException)
        {
            logger.AuthingUnavailable(action, caller, exception);
            problem = problems.CreateProblemDetails(context.HttpContext, StatusCodes.Status503ServiceUnavailable, "Authing cannot be reached; try again later.");
        }
        else
        {
            (int status, string title) = AuthingAdminErrorCodes.Map(exception.Code);
            logger.AuthingRefused(action, caller, status, exception.Code);
            problem = problems.CreateProblemDetails(context.HttpContext, status, title, detail: exception.AuthingMessage);
            if (exception.Code is { } code)
            {
                problem.Extensions[AuthingCodeExtension] = code;
            }
        }

        context.Result = new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
        context.ExceptionHandled = true;
    }
}
