/**
 * Small types every module may use: the API's error type and shared query parameters.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package co.anb.showcase.shared;
