<?php
/**
 * Plugin Name: presend pre-send check for Amazon buyers
 * Description: Checks every e-mail WordPress sends to an Amazon relay address with presend
 *              before it leaves: sends it as it is (allow), sends presend's fixed version
 *              (modify), or does not send it (reject).
 *
 * Install as a must-use plugin (wp-content/mu-plugins/presend-pre-wp-mail.php) and set in
 * wp-config.php:
 *
 *   define('PRESEND_URL', 'https://presend.example.com');
 *   define('PRESEND_WEBHOOK_SECRET', 'whsec_...');      // or PRESEND_API_KEY
 *   define('PRESEND_MARKETPLACE', 'DE');
 *   define('PRESEND_AMAZON_ORDER_META', '_amazon_order_id'); // where your Amazon connector
 *                                                             // keeps the 3-7-7 number
 *
 * WordPress 5.7+ (the pre_wp_mail filter), WooCommerce 3+, PHP 7.4+.
 */

declare(strict_types=1);

if (!defined('ABSPATH')) {
    exit;
}

/** WooCommerce e-mail ids and the contact reason each one is. Amazon sends order and
 *  shipping confirmations itself and forbids sellers to, so presend rejects those. */
const PRESEND_REASONS = [
    'customer_processing_order' => 'order_confirmation',
    'customer_on_hold_order' => 'order_confirmation',
    'customer_completed_order' => 'shipping_confirmation',
    'customer_invoice' => 'invoice',
    'customer_note' => 'reply',
    'customer_refunded_order' => 'reply',
];

/** WooCommerce order statuses as presend's (Amazon's) order statuses. */
const PRESEND_STATUSES = [
    'pending' => 'pending',
    'on-hold' => 'pending',
    'processing' => 'unshipped',
    'completed' => 'shipped',
    'cancelled' => 'canceled',
    'refunded' => 'refunded',
    'failed' => 'canceled',
];

/** The WooCommerce e-mail being sent, remembered for pre_wp_mail. */
function presend_current_email($email = null)
{
    static $current = null;
    if (func_num_args() > 0) {
        $current = $email;
    }
    return $current;
}

add_filter('woocommerce_mail_callback_params', function ($params, $email) {
    presend_current_email($email);
    return $params;
}, 10, 2);

/** Standard Webhooks headers for a body (as in examples/php/presend_check.php). */
function presend_signature_headers(string $secret, string $body): array
{
    $key = base64_decode(preg_replace('/^whsec_/', '', $secret), true);
    $id = 'msg_' . bin2hex(random_bytes(12));
    $timestamp = (string) time();
    $digest = base64_encode(hash_hmac('sha256', "$id.$timestamp.$body", $key, true));
    return [
        'webhook-id' => $id,
        'webhook-timestamp' => $timestamp,
        'webhook-signature' => "v1,$digest",
    ];
}

/** The check request for a mail to an Amazon buyer, or null when it is not one. */
function presend_request(array $atts): ?array
{
    $to = is_array($atts['to']) ? implode(',', $atts['to']) : (string) $atts['to'];
    if (!preg_match('/@marketplace\.amazon\./i', $to)) {
        return null; // not an Amazon buyer: nothing to check
    }
    $email = presend_current_email();
    $order = ($email && $email->object instanceof WC_Order) ? $email->object : null;
    $number = $order ? (string) $order->get_meta(PRESEND_AMAZON_ORDER_META) : '';
    if ($number === '' && preg_match('/\d{3}-\d{7}-\d{7}/', $atts['subject'] . ' ' . $atts['message'], $found)) {
        $number = $found[0];
    }
    $html = false !== stripos(implode("\n", (array) $atts['headers']), 'text/html')
        || apply_filters('wp_mail_content_type', 'text/plain') === 'text/html';
    return [
        'message_id' => 'wp-' . md5($to . $atts['subject'] . $atts['message']),
        'marketplace' => PRESEND_MARKETPLACE,
        'channel' => 'email',
        'order' => [
            'id' => $number,
            'status' => $order ? (PRESEND_STATUSES[$order->get_status()] ?? 'unshipped') : 'shipped',
        ],
        'message' => [
            'contact_reason' => PRESEND_REASONS[$email->id ?? ''] ?? 'reply',
            'subject' => $atts['subject'],
            'body' => $atts['message'],
            'body_format' => $html ? 'html' : 'text',
        ],
    ];
}

add_filter('pre_wp_mail', function ($short_circuit, array $atts) {
    static $resending = false;
    if ($short_circuit !== null || $resending) {
        return $short_circuit;
    }
    $request = presend_request($atts);
    presend_current_email(null); // the next mail may not come from WooCommerce
    if ($request === null) {
        return null;
    }
    $body = wp_json_encode($request, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
    $headers = ['Content-Type' => 'application/json'];
    if (defined('PRESEND_WEBHOOK_SECRET')) {
        $headers += presend_signature_headers(PRESEND_WEBHOOK_SECRET, $body);
    } elseif (defined('PRESEND_API_KEY')) {
        $headers['Authorization'] = 'Bearer ' . PRESEND_API_KEY;
    }
    $response = wp_remote_post(rtrim(PRESEND_URL, '/') . '/v1/checks', [
        'headers' => $headers,
        'body' => $body,
        'timeout' => 5,
    ]);
    $status = wp_remote_retrieve_response_code($response);
    $answer = json_decode(wp_remote_retrieve_body($response), true);
    if ($status !== 200 || !is_array($answer)) {
        // presend is unreachable or refused the request: hold the mail rather than risk the
        // account. Decide for your shop whether to fail open instead.
        error_log('presend: not sent, the check failed with HTTP ' . $status);
        return false;
    }
    if ($answer['verdict'] === 'reject') {
        $rules = implode(', ', array_column($answer['findings'], 'rule'));
        error_log("presend: not sent to an Amazon buyer ({$answer['decision_id']}): $rules");
        return false;
    }
    if ($answer['verdict'] === 'modify') {
        // Send presend's version instead; the flag keeps this filter out of the second call.
        $resending = true;
        $sent = wp_mail($atts['to'], $answer['message']['subject'], $answer['message']['body'],
            $atts['headers'], $atts['attachments']);
        $resending = false;
        return $sent;
    }
    return null; // allow: WordPress sends the mail as it is
}, 10, 2);
