/**
 * Shareable pages: {@code /v/{video_id}} and {@code /jugadores/{user_id}} rendered on the server, with the Open Graph
 * and Twitter card tags a chat app or social network reads to preview a link (the web UI's hash routes give them
 * nothing), and a "Votar" link into the web UI. Also the one builder of those pages' absolute links.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"voting"})
package co.anb.showcase.sharing;
