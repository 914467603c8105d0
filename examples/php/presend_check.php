<?php
// Check a message with presend before sending it: PHP 7.4+, no extensions beyond the core
// (hash and json; HTTP through PHP's stream wrapper, so not even ext-curl).
//
//   PRESEND_URL=http://localhost:8000 PRESEND_WEBHOOK_SECRET=whsec_... \
//       php presend_check.php [request.json]
//
// Signs the request with Standard Webhooks (PRESEND_WEBHOOK_SECRET) or sends an API key
// (PRESEND_API_KEY). Exit status: 0 send (allow or modify), 1 do not send (reject), 2 error.

declare(strict_types=1);

/** Standard Webhooks: HMAC-SHA256 over "<id>.<timestamp>.<body>" with the secret's key. */
function presend_signature_headers(string $secret, string $body): array
{
    $key = base64_decode(preg_replace('/^whsec_/', '', $secret), true);
    $id = 'msg_' . bin2hex(random_bytes(12)); // a new id for every delivery
    $timestamp = (string) time();
    $digest = base64_encode(hash_hmac('sha256', "$id.$timestamp.$body", $key, true));
    return [
        "webhook-id: $id",
        "webhook-timestamp: $timestamp",
        "webhook-signature: v1,$digest",
    ];
}

/** POST the check; [HTTP status, the JSON answer (a decision or a problem)]. */
function presend_check(string $url, array $request): array
{
    // Sign exactly the bytes that are sent.
    $body = json_encode($request, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR);
    $headers = ['Content-Type: application/json', 'Accept-Language: en'];
    if (getenv('PRESEND_WEBHOOK_SECRET')) {
        $headers = array_merge($headers, presend_signature_headers(getenv('PRESEND_WEBHOOK_SECRET'), $body));
    } elseif (getenv('PRESEND_API_KEY')) {
        $headers[] = 'Authorization: Bearer ' . getenv('PRESEND_API_KEY');
    }
    $context = stream_context_create(['http' => [
        'method' => 'POST',
        'header' => implode("\r\n", $headers),
        'content' => $body,
        'timeout' => 10,
        'ignore_errors' => true, // read the problem document of a 4xx too
    ]]);
    $answer = file_get_contents(rtrim($url, '/') . '/v1/checks', false, $context);
    if ($answer === false) {
        throw new RuntimeException("presend did not answer at $url");
    }
    preg_match('{^HTTP/\S+ (\d{3})}', $http_response_header[0], $status);
    return [(int) $status[1], json_decode($answer, true, 512, JSON_THROW_ON_ERROR)];
}

$url = getenv('PRESEND_URL') ?: 'http://localhost:8000';
$path = $argv[1] ?? __DIR__ . '/../request.json';
$request = json_decode(file_get_contents($path), true, 512, JSON_THROW_ON_ERROR);
[$status, $answer] = presend_check($url, $request);
if ($status !== 200) {
    echo "error $status: {$answer['detail']}\n";
    foreach ($answer['errors'] ?? [] as $error) {
        echo "  {$error['field']}: {$error['message']}\n";
    }
    exit(2);
}
echo "verdict: {$answer['verdict']}\n";
foreach ($answer['findings'] as $finding) {
    $fixed = $finding['fixed'] ? ' (fixed)' : '';
    echo "{$finding['severity']} {$finding['rule']}$fixed: {$finding['message']}\n";
}
if ($answer['verdict'] === 'reject') {
    exit(1);
}
// allow or modify: send exactly this message.
echo "subject: {$answer['message']['subject']}\n";
echo "body: {$answer['message']['body']}\n";
exit(0);
