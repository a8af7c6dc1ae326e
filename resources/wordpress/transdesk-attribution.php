<?php
/**
 * Plugin Name: TransDesk attribution
 * Description: Registers the post meta TransDesk writes when it publishes a translation (the
 *   original outlet, URL, authors, date, language and title; the translators, the editor, the
 *   rights; the TransDesk article, revision and push), so that the REST API reads and writes them.
 * Version: 1.2
 * License: GPL-2.0-or-later
 *
 * Install: copy this file into wp-content/mu-plugins/ (a "must-use" plugin: always active),
 * or into wp-content/plugins/ and activate it. The keys are documented in README.md beside it.
 */

if (!defined('ABSPATH')) {
    exit;
}

/** The keys, each with its REST type: 'string', 'integer' or 'array' (of strings). */
function transdesk_attribution_keys() {
    return array(
        'transdesk_original_url'       => 'string',
        'transdesk_original_outlet'    => 'string',
        'transdesk_original_authors'   => 'array',
        'transdesk_original_published' => 'string',
        'transdesk_original_language'  => 'string',
        'transdesk_original_title'     => 'string',
        'transdesk_translators'        => 'array',
        'transdesk_editor'             => 'string',
        'transdesk_rights'             => 'string',
        'transdesk_article'            => 'string',
        'transdesk_revision'           => 'integer',
        'transdesk_push'               => 'string',
    );
}

function transdesk_register_attribution_meta() {
    foreach (transdesk_attribution_keys() as $key => $type) {
        $args = array(
            'type'          => $type,
            'single'        => true,
            'description'   => 'TransDesk attribution: ' . $key,
            // Whoever may edit the post may set its attribution.
            'auth_callback' => function ($allowed, $meta_key, $post_id) {
                return current_user_can('edit_post', $post_id);
            },
        );
        if ('array' === $type) {
            $args['default'] = array();
            $args['sanitize_callback'] = 'transdesk_attribution_list';
            $args['show_in_rest'] = array(
                'schema' => array('type' => 'array', 'items' => array('type' => 'string')),
            );
        } else {
            $args['show_in_rest'] = true;
            if ('integer' === $type) {
                $args['default'] = 0;
                $args['sanitize_callback'] = 'absint';
            } else {
                $args['default'] = '';
                // Kept exactly as sent: names, quotes and "<5%" must survive.
                $args['sanitize_callback'] = 'transdesk_attribution_text';
            }
        }
        register_post_meta('post', $key, $args);
    }
}
add_action('init', 'transdesk_register_attribution_meta');

/**
 * Plain text, kept exactly as sent: no trimming, no tag stripping (which would cut
 * "Inflation <5% …"), no entity encoding; text that is not valid UTF-8 is refused (kept
 * empty). The value is data, not markup: whoever shows it escapes it (esc_html, esc_attr).
 */
function transdesk_attribution_text($value) {
    return is_string($value) ? wp_check_invalid_utf8($value) : '';
}

/** A list of names: each one plain text as above; anything that is not text is dropped. */
function transdesk_attribution_list($value) {
    if (!is_array($value)) {
        return array();
    }
    return array_values(array_map('transdesk_attribution_text', array_filter($value, 'is_string')));
}

/**
 * GET /wp/v2/posts?transdesk_push=HEX lists only the posts that push wrote, so TransDesk can
 * find a post whose create went unanswered in one request. Anything but a 32-digit hex
 * identifier is ignored. Reading meta this way needs nothing the listing does not: the
 * posts come back under the REST API's usual rules (drafts only to those who may edit them).
 */
function transdesk_posts_by_push($args, $request) {
    $push = $request->get_param('transdesk_push');
    if (is_string($push) && preg_match('/^[0-9a-f]{32}$/', $push)) {
        $ours = array('key' => 'transdesk_push', 'value' => $push, 'compare' => '=');
        $args['meta_query'] = empty($args['meta_query'])
            ? array($ours)
            : array('relation' => 'AND', $args['meta_query'], $ours);
    }
    return $args;
}
add_filter('rest_post_query', 'transdesk_posts_by_push', 10, 2);
