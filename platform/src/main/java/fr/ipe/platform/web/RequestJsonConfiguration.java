package fr.ipe.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Request and response bodies of the servlet services go through the strict copy of the mapper. */
public class RequestJsonConfiguration implements WebMvcConfigurer {

    private final ObjectMapper strict;

    public RequestJsonConfiguration(ObjectMapper json) {
        this.strict = RequestJson.strict(json);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict));
    }
}
