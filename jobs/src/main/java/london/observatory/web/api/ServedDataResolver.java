package london.observatory.web.api;

import jakarta.servlet.http.HttpServletRequest;
import london.observatory.web.release.ServedData;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a controller the request's {@link ServedData}; before anything is published, the answer is 503. */
final class ServedDataResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ServedData.class;
    }

    @Override
    public ServedData resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        ServedData data = ServedData.of(request.getNativeRequest(HttpServletRequest.class));
        if (data == null) {
            throw ApiException.unavailable(
                    "no release has been published in this data directory yet: run `observatory nightly`");
        }
        return data;
    }
}
