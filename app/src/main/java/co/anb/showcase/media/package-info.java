/**
 * Reads media with the FFmpeg tools: finds working {@code ffmpeg}/{@code ffprobe} binaries, checks the MP4 container
 * by content and probes a file for its duration, resolution and streams.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package co.anb.showcase.media;
