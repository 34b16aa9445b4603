using System.Text.Json;

namespace Authing.AspNetCore.Client;

public sealed partial class AuthingClient
{
    private const string SendSmsCodeOperation = "GET /send_smscode";
    private const string SendRegisterSmsCodeOperation = "GET /notification/send_register_smscode";

    /// <summary>Sends an SMS login code to a phone (REST <c>GET /send_smscode/:phone/:clientId</c>).</summary>
    /// <param name="phone">The phone number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer (code 200).</returns>
    /// <exception cref="AuthingException">Authing answered another code, for example 500 when a code was sent recently.</exception>
    public Task<SmsCodeResult> SendSmsCodeAsync(string phone, CancellationToken cancellationToken = default) =>
        SendSmsAsync(SendSmsCodeOperation, "send_smscode", phone, cancellationToken);

    /// <summary>Sends an SMS registration code to a phone not yet registered (REST <c>GET /notification/send_register_smscode/:phone/:clientId</c>).</summary>
    /// <param name="phone">The phone number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer (code 200).</returns>
    /// <exception cref="AuthingException">Authing answered another code, for example when the phone is registered.</exception>
    public Task<SmsCodeResult> SendRegisterSmsCodeAsync(string phone, CancellationToken cancellationToken = default) =>
        SendSmsAsync(SendRegisterSmsCodeOperation, "notification/send_register_smscode", phone, cancellationToken);

    /// <summary>Checks an SMS code without using it up (the Node SDK's <c>verifyPhoneCode</c>, GraphQL <c>checkPhoneCode</c>, OwnerToken).</summary>
    /// <param name="phone">The phone number the code was sent to.</param>
    /// <param name="phoneCode">The code from the SMS.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Authing's answer: code 200 when the code is right; a wrong or expired code is an answer (2300, status false), not an exception.</returns>
    public Task<AuthingStatus> VerifyPhoneCodeAsync(string phone, string phoneCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        ArgumentException.ThrowIfNullOrWhiteSpace(phoneCode);
        var variables = new GraphQLVariables().Add("phone", phone).AddSensitive("phoneCode", phoneCode).Add("userPoolId", Pool(null));
        return SendRequiredAsync(AuthingOperations.CheckPhoneCode, variables, AuthingJsonContext.Default.AuthingStatus, cancellationToken);
    }

    private async Task<SmsCodeResult> SendSmsAsync(string operationName, string path, string phone, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(phone);
        var relativePath = $"{path}/{Uri.EscapeDataString(phone)}/{Uri.EscapeDataString(Pool(null))}";
        var result = await transport.GetAsync(operationName, relativePath, body => body.Deserialize(AuthingJsonContext.Default.SmsCodeResult), cancellationToken).ConfigureAwait(false)
            ?? throw new AuthingTransportException($"Authing answered operation '{operationName}' with an empty body.");
        return result.Code == 200 ? result : throw new AuthingException(operationName, result.Code, result.Message ?? "Authing did not send the code.");
    }
}
