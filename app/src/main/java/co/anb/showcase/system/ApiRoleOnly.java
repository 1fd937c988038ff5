package co.anb.showcase.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Marks beans only the api side needs (ANB_ROLE {@code api} or {@code all}), so a worker builds none of them: it
 * holds no JWT signing key, needs no {@code JWT_SECRET} and runs no login throttle.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnExpression("!'${anb.role:all}'.equalsIgnoreCase('worker')")
public @interface ApiRoleOnly {
}
